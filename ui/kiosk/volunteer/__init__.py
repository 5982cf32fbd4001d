"""Signing up as a volunteer at the kiosk: browse the opportunities, read one, sign up."""
