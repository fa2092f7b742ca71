-- REST list of 100 work items of one project: 200 and 100 items of it.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
function response(status, headers, body)
  if status ~= 200 or count(body, '"projectKey":"PC"') ~= 100 then bad = bad + 1 end
end
