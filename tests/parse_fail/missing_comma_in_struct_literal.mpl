# error: missing `,` between struct literal fields
struct Config do
  host :: String
  port :: Int
end

fn default_config() -> Config do
  Config { host: "localhost" port: 8080 }
end
