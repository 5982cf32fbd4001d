"""Who took part: the age groups a citizen may choose (to see whether all ages were reached)."""

AGE_GROUPS = ("under-15", "15-17", "18-29", "30-49", "50-64", "65-79", "80+")
