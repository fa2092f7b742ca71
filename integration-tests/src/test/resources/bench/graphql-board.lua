-- GraphQL board: a project, its 100 items with assignees and comments (~75 kB): 200, no errors, 300 comments.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ workspace(idOrSlug: \\"bench\\") { project(key: \\"PB\\") { key name workItems(first: 100) { totalCount edges { node { key title status priority assignees { email displayName } comments { body createdAt author { kind } } } } } } } }"}'
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) or count(body, '"body"') ~= 300 then bad = bad + 1 end
end
