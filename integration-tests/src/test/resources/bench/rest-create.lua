-- REST create of a work item (with its event, activity and automation check): 201 and a new key.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"project":"PJ","title":"Created under load","priority":"HIGH","labels":["bench"]}'
function response(status, headers, body)
  if status ~= 201 or not string.find(body, '"key":"PJ-', 1, true) then bad = bad + 1 end
end
