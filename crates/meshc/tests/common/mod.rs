pub mod net;
pub mod http_app;
