/**
 * Reads payors' Transparency-in-Coverage machine-readable files (CMS schema v2.x): the
 * in-network-rates file, streamed token by token and filtered while it streams, and the
 * table-of-contents file that lists a payor's plans and their in-network files.
 *
 * <h2>Meaning kept</h2>
 * A {@link com.payorcontracts.transparency.NegotiatedRate} keeps the file's words: the
 * {@link com.payorcontracts.transparency.NegotiatedType} (a {@code percentage} of 65.0 means 65%,
 * and is never a dollar amount), billing class, setting, places of service ({@code CSTM-00} = all),
 * modifiers, the bundle's codes, the expiration date ({@code 9999-12-31} = none) and the providers
 * it applies to (a TIN with {@code npi: [0]} is a TIN-only provider). Amounts are
 * {@link java.math.BigDecimal} exactly as written in the file.
 *
 * <h2>Memory</h2>
 * The file is never held in memory. Provider references are kept (filtered by the market scope,
 * and by the ids actually used once the rates have been seen); rates that arrive before the
 * references they use are spilled to a temporary file and resolved at the end.
 */
package com.payorcontracts.transparency;
