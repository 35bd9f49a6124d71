-- The grammatical gender of each person, so texts about them agree («она взяла» / «он взял»).
-- 'unknown' until the patronymic says it or the person answers once in the profile. Backfilled from
-- the patronymic where the full name carries one: -вна/-чна and «кызы» for women; -вич/-ич (not the
-- first word, in a name of three words or more) and «оглы»/«улы»/«уулу» for men.
ALTER TABLE persons ADD COLUMN gender TEXT NOT NULL DEFAULT 'unknown' CHECK (gender IN ('female', 'male', 'unknown'));

UPDATE persons SET gender = 'female'
WHERE ' ' || full_name || ' ' LIKE '% _% %_вна %' OR ' ' || full_name || ' ' LIKE '% _% %_чна %'
   OR ' ' || full_name || ' ' LIKE '% кызы %' OR ' ' || full_name || ' ' LIKE '% гызы %';

UPDATE persons SET gender = 'male'
WHERE gender = 'unknown' AND (
  (length(trim(full_name)) - length(replace(trim(full_name), ' ', '')) >= 2 AND ' ' || trim(full_name) || ' ' LIKE '% _% %_ич %')
  OR ' ' || full_name || ' ' LIKE '% оглы %' OR ' ' || full_name || ' ' LIKE '% улы %' OR ' ' || full_name || ' ' LIKE '% уулу %');
