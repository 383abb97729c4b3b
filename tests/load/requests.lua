-- wrk driver: cycles through the requests listed in a file (the first script argument), one per line:
--   /path?query
--   /path?query<TAB>Header-Name: value<TAB>Other-Header: value
-- Every request is formatted once, in init(), so that the driver costs wrk as little as a fixed URL.
-- Each thread starts at a different place in the list, so that threads do not ask for the same URL in step.
-- Non-2xx/3xx responses and socket errors are counted by wrk itself and printed in its summary.

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

local requests = {}
local counter = 0

function init(args)
   local file = assert(io.open(args[1], "r"), "cannot open " .. tostring(args[1]))
   for line in file:lines() do
      if #line > 0 then
         local fields = {}
         for field in line:gmatch("[^\t]+") do
            fields[#fields + 1] = field
         end
         local headers = {}
         for i = 2, #fields do
            local name, value = fields[i]:match("^([^:]+):%s*(.*)$")
            headers[name] = value
         end
         requests[#requests + 1] = wrk.format("GET", fields[1], headers)
      end
   end
   file:close()
   assert(#requests > 0, "no requests in " .. args[1])
   local thread_count = tonumber(args[2]) or 1
   counter = math.floor((id or 0) * #requests / thread_count) % #requests
end

function request()
   counter = counter + 1
   if counter > #requests then
      counter = 1
   end
   return requests[counter]
end
