# errors (2): line 4 `max_children` is not a supervisor setting; line 7 `restart:` has no value
supervisor Farm do
  strategy: one_for_one
  max_children: 10
  child milker do
    start: fn -> spawn(milk, 1) end
    restart:
    shutdown: 500
  end
end
