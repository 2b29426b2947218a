"""Running Twitch Relief for many users: backend workers and the web server in front.

backend.py          the backend workers (Granian, restarting a worker that dies)
render_site.py      fills nginx-site.conf for Debian's nginx
nginx-site.conf     static front end + reverse proxy to the backend
"""
