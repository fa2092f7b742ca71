-- GraphQL work item by key, 12 fields: 200, no errors, the item.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ workspace(idOrSlug: \\"bench\\") { workItem(key: \\"PA-7\\") { id key title description status priority type createdAt updatedAt version estimateMinutes labels } } }"}'
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) or not string.find(body, '"key":"PA-7"', 1, true) then
    bad = bad + 1
  end
end
