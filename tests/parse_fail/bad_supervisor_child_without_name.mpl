# error: `child` block has no name
supervisor Crew do
  strategy: one_for_all
  max_restarts: 2
  child do
    start: fn -> spawn(scout_loop, 0) end
    restart: transient
  end
end
