"""What both apps' views use: starting the Qt application, switching language, the style and
fonts, background tasks, messages and small widgets. Imports neither app's views nor core."""
