//! mesh-rt: the runtime every Mesh program links: the M:N actor scheduler,
//! per-actor heaps, services, supervisors, HTTP, WebSocket, PostgreSQL and
//! JSON.
//!
//! Not implemented yet (issues 4-6).
