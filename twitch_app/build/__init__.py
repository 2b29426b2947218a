"""Every rewrite of Reflex's, React Router's and Vite's output, as steps of one plugin.

plugin.py runs the steps (registered in rxconfig.py); README.md says what each buys and how
to check it after an upgrade. static_files.py is their counterpart at serving time.
"""
