-- Loading postings spent most of Postgres's time in job_search_text's translate(): for text in a
-- multibyte encoding it looks each character up in its ~300-letter table one by one (~2 ms of CPU
-- for a 2.7 KB description, against ~0.35 ms for the description's to_tsvector), and the search
-- columns call it for every posting written. translate() and the replace()s after it change only
-- letters in U+00C0-U+024F and U+1E9E; text with none of them (most postings: English, or with
-- only quotes, dashes and bullets beyond ASCII) is now passed on as it is, with the same result.
-- The stored columns are unchanged (the function answers the same for every text), so no row is
-- written again. tests/db/job-search-text.int.test.ts checks both branches against the query
-- side (src/db/repositories/job-search-text.ts) letter by letter.
CREATE OR REPLACE FUNCTION job_search_text(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
         regexp_replace(regexp_replace(
           lower(CASE WHEN coalesce(input, '') ~ '[\u00C0-\u024F\u1E9E]' THEN replace(replace(replace(replace(replace(replace(replace(replace(translate(
             coalesce(input, ''),
             'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ',
             'aaaaaaceeeeiiiidnoooooouuuuyaaaaaaceeeeiiiidnoooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjkkllllllllnnnnnnoooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy'),
             'ß', 'ss'), 'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'),
             'þ', 'th'), 'Þ', 'th'), 'ẞ', 'ss')
             ELSE coalesce(input, '') END),
           'c\+\+', ' cplusplus ', 'g'),
           '(^|[^a-z0-9])c#', '\1 csharp ', 'g'),
           '(^|[^a-z0-9])f#', '\1 fsharp ', 'g'),
           '(^|[^a-z0-9])\.net($|[^a-z0-9])', '\1 dotnet \2', 'g'),
           '([a-z0-9]+)\.js($|[^a-z0-9])', '\1js\2', 'g'),
           'ci/cd', ' cicd ', 'g'),
           '(^|[^a-z0-9])r&d($|[^a-z0-9])', '\1 randd \2', 'g')
$$;
