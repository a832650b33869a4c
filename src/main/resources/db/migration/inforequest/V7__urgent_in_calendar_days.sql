-- Law 31-13, art. 17: an urgent request is answered within 3 days, extendable once by 3: the law
-- says days, not working days as for the ordinary 20 (art. 16). A last day that is not a working
-- day runs to the next working day, as every deadline in days does.
UPDATE info_rule SET unit = 'days', to_confirm = FALSE,
  source = 'Loi 31-13, art. 17: demande urgente (protection de la vie, de la sécurité ou de la liberté des personnes), réponse dans les 3 jours (jours calendaires : la loi ne dit pas « ouvrables »)'
WHERE rule = 'urgent_answer';
UPDATE info_rule SET unit = 'days', to_confirm = FALSE,
  source = 'Loi 31-13, art. 17: demande urgente, prorogation une seule fois de 3 jours (jours calendaires)'
WHERE rule = 'urgent_extension';
-- the Commission's 30-day window is confirmed; its decision's article stays to check
UPDATE info_rule SET to_confirm = FALSE WHERE rule = 'complaint_cdai_window';
UPDATE info_rule SET source = source || ' — article à vérifier (art. 22 cité pour la décision de la Commission)'
WHERE rule = 'cdai_answer' AND source NOT LIKE '%article à vérifier%';
-- the open requests' due days are computed again by the application when it starts
-- (InfoRequests.refreshOpenDeadlines), under these rules and the calendar of the day
