"""Real servers (WordPress, Ghost) on 127.0.0.1 that the integration tests start and stop."""
