-- Arabic region names already start with "جهة" (region), so the council's name said it twice
-- ("مجلس جهة جهة ..."). Bodies created before the message was corrected are renamed here.
UPDATE info_body SET name_ar = 'مجلس ' || substr(name_ar, length('مجلس جهة ') + 1)
WHERE name_ar LIKE 'مجلس جهة جهة %';
