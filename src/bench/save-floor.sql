-- (a) the floor: one durable single-row insert per transaction
INSERT INTO save_floor DEFAULT VALUES;
