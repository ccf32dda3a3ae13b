# Store.Clock: a simulated clock service (minutes since the desk opened) so every run is deterministic

struct ClockState do
  now :: Int
  ticks :: Int
end

service Clock do
  fn init(start :: Int) -> ClockState do
    ClockState { now: start, ticks: 0 }
  end

  call Now() :: Int do |c|
    (c, c.now)
  end

  call Advance(minutes :: Int) :: Int do |c|
    let next = %{c | now: c.now + minutes, ticks: c.ticks + 1}
    (next, next.now)
  end

  call Ticks() :: Int do |c|
    (c, c.ticks)
  end
end

pub fn day() -> Int = 24 * 60

pub fn hours(n :: Int) -> Int = n * 60
