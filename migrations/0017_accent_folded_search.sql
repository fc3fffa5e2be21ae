-- Search that finds a word however its accents are typed (issue 13: a Lisbon user searching
-- "segurança alimentar" or "seguranca" found nothing, though the index held "Segurança Alimentar":
-- the query side cut the word at its first accented letter). Both sides now fold Latin letters to
-- ASCII before Postgres reads them: ç → c, ã → a, ß → ss, æ → ae, œ → oe, þ → th, ø → o, ł → l.
-- The same table is applied to queries in src/db/repositories/job-search-text.ts
-- (`foldedLetters`); tests/db/job-search-text.int.test.ts checks the two sides agree letter by letter.
--
-- Folded before lower(), so a capital's folding does not depend on the database's locale ("İ").
-- translate() and replace() are immutable, as the generated columns need: no extension (unaccent
-- is STABLE and may be missing from a Postgres the person points jobpilot at).
CREATE OR REPLACE FUNCTION job_search_text(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
         regexp_replace(regexp_replace(
           lower(replace(replace(replace(replace(replace(replace(replace(replace(translate(
             coalesce(input, ''),
             'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ',
             'aaaaaaceeeeiiiidnoooooouuuuyaaaaaaceeeeiiiidnoooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjkkllllllllnnnnnnoooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy'),
             'ß', 'ss'), 'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'),
             'þ', 'th'), 'Þ', 'th'), 'ẞ', 'ss')),
           'c\+\+', ' cplusplus ', 'g'),
           '(^|[^a-z0-9])c#', '\1 csharp ', 'g'),
           '(^|[^a-z0-9])f#', '\1 fsharp ', 'g'),
           '(^|[^a-z0-9])\.net($|[^a-z0-9])', '\1 dotnet \2', 'g'),
           '([a-z0-9]+)\.js($|[^a-z0-9])', '\1js\2', 'g'),
           'ci/cd', ' cicd ', 'g'),
           '(^|[^a-z0-9])r&d($|[^a-z0-9])', '\1 randd \2', 'g')
$$;

-- Stored generated columns are computed when a row is written: the rows with a letter the table
-- folds are written again (a row of plain ASCII reads the same as before and is left alone).
UPDATE jobs SET title = title
 WHERE (title || ' ' || company || ' ' || coalesce(job_tags_text(tags), '') || ' ' || coalesce(left(description, 20000), '')) ~ '[\u00C0-\u024F\u1E9E]';
UPDATE documents SET title = title
 WHERE (title || ' ' || left(content, 50000)) ~ '[\u00C0-\u024F\u1E9E]';
