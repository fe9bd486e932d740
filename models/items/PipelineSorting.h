// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pipeline's order on each column by its raw value (never its display text), computed once over all
// rows so the proxy can sort and filter by walking a ready list instead of comparing rows on every click.

#include "items/PipelineLoader.h"

#include <vector>

namespace dp {

// Days since the buyer last engaged, counted from the deal's creation when they never did.
int daysSinceInbound(const PipelineRow &row);

// Row numbers of `rows` in ascending order of `column` (a PipelineModel::Column). Equal values fall back to
// the deal id, so the order is total and the same on every run; the descending order is its exact reverse.
// Missing values sort first: deals without an amount, without a sentiment score or without a close date.
std::vector<int> ascendingOrder(const QList<PipelineRow> &rows, int column);

} // namespace dp
