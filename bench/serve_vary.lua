-- wrk script for the serve section of make bench: figure 4-10 with a different learning rate and step count on
-- every request (lr 0.0100 to 0.9999, 10 to 29 steps), so that no response can be answered from a cache.
local counter = 0
local prefix = "/figures/gradient-descent.svg?lr="

request = function()
  counter = counter + 1
  local lr = 0.01 + (counter % 9900) * 0.0001
  return wrk.format("GET", prefix .. string.format("%.4f", lr) .. "&steps=" .. (10 + counter % 20))
end
