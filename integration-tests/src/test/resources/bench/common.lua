-- Shared by the scenarios: per-thread count of wrong responses, summed and printed as "BAD n" at the end.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  bad = 0
end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get("bad")
  end
  io.write(string.format("BAD %d\n", total))
end
function count(body, needle)
  local n, from = 0, 1
  while true do
    local at = string.find(body, needle, from, true)
    if not at then return n end
    n, from = n + 1, at + #needle
  end
end
