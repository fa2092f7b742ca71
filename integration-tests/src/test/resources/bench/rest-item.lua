-- REST GET of one work item by key: 200 and the item itself.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"key":"PA-7"', 1, true) then bad = bad + 1 end
end
