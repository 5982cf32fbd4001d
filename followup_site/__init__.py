"""The citizens' follow-up site (``mokoko followup serve``): what a receipt's QR code opens, on a
public web host behind the municipality's TLS proxy. A thin front end: it reads the central
database as a web reader, through two functions (:mod:`followup_site.lookups`), and nothing else."""
