// Tests run server modules outside Next's react-server bundler, where the real "server-only"
// package would throw; this stands in for it.
export {};
