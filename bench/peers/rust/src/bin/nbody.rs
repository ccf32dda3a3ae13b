// The same algorithm as bench/cpu/nbody.mpl (each body pulled by every
// other, then moved), on mutable arrays as idiomatic Rust would.
#[derive(Clone, Copy)]
struct Body {
    x: f64,
    y: f64,
    z: f64,
    vx: f64,
    vy: f64,
    vz: f64,
    mass: f64,
}

const PI: f64 = 3.141592653589793;

fn bodies() -> Vec<Body> {
    let sm = 4.0 * PI * PI;
    let d = 365.24;
    vec![
        Body { x: 0.0, y: 0.0, z: 0.0, vx: 0.0, vy: 0.0, vz: 0.0, mass: sm },
        Body { x: 4.84143144246472090, y: -1.16032004402742839, z: -0.103622044471123109, vx: 0.00166007664274403694 * d, vy: 0.00769901118419740425 * d, vz: -0.0000690460016972063023 * d, mass: 0.000954791938424326609 * sm },
        Body { x: 8.34336671824457987, y: 4.12479856412430479, z: -0.403523417114321381, vx: -0.00276742510726862411 * d, vy: 0.00499852801234917238 * d, vz: 0.0000230417297573763929 * d, mass: 0.000285885980666130812 * sm },
        Body { x: 12.8943695621391310, y: -15.1111514016986312, z: -0.223307578892655734, vx: 0.00296460137564761618 * d, vy: 0.00237847173959480950 * d, vz: -0.0000296589568540237556 * d, mass: 0.0000436624404335156298 * sm },
        Body { x: 15.3796971148509165, y: -25.9193146099879641, z: 0.179258772950371181, vx: 0.00268067772490389322 * d, vy: 0.00162824170038242295 * d, vz: -0.0000951592254519715870 * d, mass: 0.0000515138902046611451 * sm },
    ]
}

fn energy(bs: &[Body]) -> f64 {
    let mut e = bs.iter().fold(0.0, |acc, b| acc + 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz));
    for i in 0..bs.len() {
        for j in i + 1..bs.len() {
            let (a, b) = (bs[i], bs[j]);
            let (dx, dy, dz) = (a.x - b.x, a.y - b.y, a.z - b.z);
            e -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz).sqrt();
        }
    }
    e
}

fn advance(bs: &mut [Body], dt: f64) {
    let old: Vec<Body> = bs.to_vec();
    for a in bs.iter_mut() {
        let (mut dvx, mut dvy, mut dvz) = (0.0, 0.0, 0.0);
        for b in &old {
            let (dx, dy, dz) = (a.x - b.x, a.y - b.y, a.z - b.z);
            let d2 = dx * dx + dy * dy + dz * dz;
            if d2 == 0.0 {
                continue;
            }
            let m = b.mass * (dt / (d2 * d2.sqrt()));
            dvx += dx * m;
            dvy += dy * m;
            dvz += dz * m;
        }
        a.vx -= dvx;
        a.vy -= dvy;
        a.vz -= dvz;
    }
    for b in bs.iter_mut() {
        b.x += dt * b.vx;
        b.y += dt * b.vy;
        b.z += dt * b.vz;
    }
}

fn main() {
    let mut bs = bodies();
    let sm = 4.0 * PI * PI;
    let (px, py, pz) = bs.iter().fold((0.0, 0.0, 0.0), |(x, y, z), b| (x + b.vx * b.mass, y + b.vy * b.mass, z + b.vz * b.mass));
    bs[0].vx = 0.0 - px / sm;
    bs[0].vy = 0.0 - py / sm;
    bs[0].vz = 0.0 - pz / sm;
    println!("{}", (energy(&bs) * 1000000000.0).round() as i64);
    for _ in 0..std::hint::black_box(2000000) {
        advance(&mut bs, 0.01);
    }
    println!("{}", (energy(&bs) * 1000000000.0).round() as i64);
}
