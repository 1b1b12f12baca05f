/**
 * The filters of an analysis in plain words, for the files that hold it: an exported network says which
 * papers, links and authors it leaves out, so that a file found later still tells what it is.
 */

import { DEFAULT_FILTERS, type FilterOptions } from "../options";

/** The filters that apply, one phrase each (none: no filter, every paper and link of the corpus). */
export function describeFilters(filters: FilterOptions): string[] {
  const { yearFrom, yearTo, minLinkWeight, minDegree, largestComponentOnly, hideOwners, hideGroups } = filters;
  const notes: string[] = [];
  if (yearFrom !== undefined && yearTo !== undefined) notes.push(`papers from ${yearFrom} to ${yearTo}`);
  else if (yearFrom !== undefined) notes.push(`papers from ${yearFrom} on`);
  else if (yearTo !== undefined) notes.push(`papers up to ${yearTo}`);
  if (minLinkWeight > DEFAULT_FILTERS.minLinkWeight) notes.push(`links of ${minLinkWeight} or more joint papers`);
  if (minDegree > DEFAULT_FILTERS.minDegree) notes.push(`authors with ${minDegree} or more coauthors`);
  if (largestComponentOnly) notes.push("the largest component only");
  if (hideOwners) notes.push("profile owners left out");
  if (hideGroups) notes.push("group authors left out");
  return notes;
}
