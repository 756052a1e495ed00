-- One LineOfBusiness for every service (platform): the ACA individual market, which contract-service
-- called EXCHANGE and payor-service MARKETPLACE, is MARKETPLACE. MARKETPLACE was not a value here
-- before, so no contract can list it twice.
UPDATE contract
SET lines_of_business = array_replace(lines_of_business, 'EXCHANGE', 'MARKETPLACE')
WHERE 'EXCHANGE' = ANY (lines_of_business);
