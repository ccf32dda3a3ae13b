# error: supervisor setting `strategy` is missing `:` before its value
supervisor Pool do
  strategy one_for_one
  max_restarts: 3
  max_seconds: 5
  child worker do
    start: fn -> spawn(work, 0) end
    restart: permanent
  end
end
