# n-body (5 bodies, 2,000,000 steps of the Benchmarks Game's nbody):
# float arithmetic on immutable structs.
struct Body do
  x :: Float
  y :: Float
  z :: Float
  vx :: Float
  vy :: Float
  vz :: Float
  mass :: Float
end

fn solar_mass() -> Float = 4.0 * 3.141592653589793 * 3.141592653589793
fn days() -> Float = 365.24

fn bodies() -> List<Body> do
  let sm = solar_mass()
  let d = days()
  [
    Body { x: 0.0, y: 0.0, z: 0.0, vx: 0.0, vy: 0.0, vz: 0.0, mass: sm },
    Body { x: 4.84143144246472090, y: -1.16032004402742839, z: -0.103622044471123109, vx: 0.00166007664274403694 * d, vy: 0.00769901118419740425 * d, vz: -0.0000690460016972063023 * d, mass: 0.000954791938424326609 * sm },
    Body { x: 8.34336671824457987, y: 4.12479856412430479, z: -0.403523417114321381, vx: -0.00276742510726862411 * d, vy: 0.00499852801234917238 * d, vz: 0.0000230417297573763929 * d, mass: 0.000285885980666130812 * sm },
    Body { x: 12.8943695621391310, y: -15.1111514016986312, z: -0.223307578892655734, vx: 0.00296460137564761618 * d, vy: 0.00237847173959480950 * d, vz: -0.0000296589568540237556 * d, mass: 0.0000436624404335156298 * sm },
    Body { x: 15.3796971148509165, y: -25.9193146099879641, z: 0.179258772950371181, vx: 0.00268067772490389322 * d, vy: 0.00162824170038242295 * d, vz: -0.0000951592254519715870 * d, mass: 0.0000515138902046611451 * sm }
  ]
end

fn offset(bs :: List<Body>) -> List<Body> do
  let px = List.reduce(bs, 0.0, fn acc, b -> acc + b.vx * b.mass end)
  let py = List.reduce(bs, 0.0, fn acc, b -> acc + b.vy * b.mass end)
  let pz = List.reduce(bs, 0.0, fn acc, b -> acc + b.vz * b.mass end)
  let sun = List.head(bs)
  let sm = solar_mass()
  let sun2 = %{sun | vx: 0.0 - px / sm, vy: 0.0 - py / sm, vz: 0.0 - pz / sm}
  List.prepend(List.tail(bs), sun2)
end

fn energy(bs :: List<Body>) -> Float do
  let n = List.length(bs)
  let kinetic = List.reduce(bs, 0.0, fn acc, b -> acc + 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz) end)
  potential(bs, 0, 1, n, kinetic)
end

fn potential(bs :: List<Body>, i :: Int, j :: Int, n :: Int, e :: Float) -> Float do
  if i >= n do
    e
  else if j >= n do
    potential(bs, i + 1, i + 2, n, e)
  else
    let a = List.get(bs, i)
    let b = List.get(bs, j)
    let dx = a.x - b.x
    let dy = a.y - b.y
    let dz = a.z - b.z
    potential(bs, i, j + 1, n, e - a.mass * b.mass / Math.sqrt(dx * dx + dy * dy + dz * dz))
  end
end

# One body's velocity after feeling every other body (the changes are
# summed first, then applied).
fn pull(a :: Body, bs :: List<Body>, j :: Int, n :: Int, dt :: Float, dvx :: Float, dvy :: Float, dvz :: Float) -> Body do
  if j >= n do
    %{a | vx: a.vx - dvx, vy: a.vy - dvy, vz: a.vz - dvz}
  else
    let b = List.get(bs, j)
    let dx = a.x - b.x
    let dy = a.y - b.y
    let dz = a.z - b.z
    let d2 = dx * dx + dy * dy + dz * dz
    if d2 == 0.0 do
      pull(a, bs, j + 1, n, dt, dvx, dvy, dvz)
    else
      let m = b.mass * (dt / (d2 * Math.sqrt(d2)))
      pull(a, bs, j + 1, n, dt, dvx + dx * m, dvy + dy * m, dvz + dz * m)
    end
  end
end

fn advance(bs :: List<Body>, dt :: Float) -> List<Body> do
  let n = List.length(bs)
  let moved = List.map(bs, fn a -> pull(a, bs, 0, n, dt, 0.0, 0.0, 0.0) end)
  List.map(moved, fn b -> %{b | x: b.x + dt * b.vx, y: b.y + dt * b.vy, z: b.z + dt * b.vz} end)
end

fn run(bs :: List<Body>, steps :: Int) -> List<Body> do
  if steps == 0 do
    bs
  else
    run(advance(bs, 0.01), steps - 1)
  end
end

fn main() do
  let bs = offset(bodies())
  println("${Math.round(energy(bs) * 1000000000.0)}")
  let moved = run(bs, 2000000)
  println("${Math.round(energy(moved) * 1000000000.0)}")
end
