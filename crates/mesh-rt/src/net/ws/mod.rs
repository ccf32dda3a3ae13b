//! The WebSocket module (LANGUAGE.md 5.10).
