"""Progressive-web-app support: the build's precache list and the service worker's inputs."""
