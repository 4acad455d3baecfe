// worker placeholder
