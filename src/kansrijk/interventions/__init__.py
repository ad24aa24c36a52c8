"""Step 5 of the chain approach: the menu of interventions, the palette, gaps, financing."""
