# A service whose call handler returns `(State, String!String)` and one
# whose reply is a struct inside a Result.
from Projects import Project, find_project

pub struct ProcessorState do
  processed :: Int
  last :: String
end

service Processor do
  fn init() -> ProcessorState do
    ProcessorState { processed: 0, last: "" }
  end

  call Process(event :: String) :: String!String do |state|
    if String.length(event) == 0 do
      (state, Err("empty event"))
    else
      let next = ProcessorState { processed: state.processed + 1, last: event }
      (next, Ok("stored ${event} #${next.processed}"))
    end
  end

  call Count() :: Int do |state|
    (state, state.processed)
  end
end

service ProjectStore do
  fn init() -> Int do 0 end

  call Get(id :: Int) :: Project!String do |n|
    (n + 1, find_project(id))
  end
end
