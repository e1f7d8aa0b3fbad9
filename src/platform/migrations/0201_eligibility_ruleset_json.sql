-- Rulesets keep the key order their author wrote (jsonb sorts keys): the editor and the explanation list
-- parameters in that order.
ALTER TABLE eligibility_rulesets ALTER COLUMN body TYPE json USING body::json;
