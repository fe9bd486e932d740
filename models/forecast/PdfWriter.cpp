// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/PdfWriter.h"

#include "analytics/HealthText.h"
#include "domain/TimeFormat.h"
#include "forecast/PdfCharts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>
#include <algorithm>

namespace dp {
namespace {

// Column titles are marked with QT_TRANSLATE_NOOP in this context; every other string names it at its call,
// because lupdate would file a free tr() under the enclosing class or namespace instead.
QString columnTitle(const char *text) {
    return QCoreApplication::translate("PdfReport", text);
}

// Page geometry in points (the writer runs at 72 dots an inch): A4 landscape.
constexpr double kMarginX = 36;
constexpr double kMarginTop = 34;
constexpr double kMarginBottom = 40;
constexpr double kRowFont = 7.5;
constexpr double kCellPadding = 3;
constexpr int kReasonLines = 2;

const QColor kInk(0x22, 0x2b, 0x36);
const QColor kMuted(0x6b, 0x75, 0x80);
const QColor kRule(0xc9, 0xd0, 0xd8);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kHeaderFill(0xe9, 0xef, 0xf5);
const QColor kZebra(0xf6, 0xf8, 0xfa);
const QColor kInbound(0x1e, 0x8e, 0x5a);
const QColor kOutbound(0x4a, 0x78, 0xb8);

QColor bandColor(HealthBand band) {
    switch (band) {
    case HealthBand::Healthy:
        return {0x1e, 0x8e, 0x5a};
    case HealthBand::Watch:
        return {0xb8, 0x86, 0x0b};
    case HealthBand::AtRisk:
        return {0xd3, 0x5f, 0x00};
    case HealthBand::Dark:
        return {0xc0, 0x1c, 0x28};
    case HealthBand::Closed:
        return {0x8a, 0x93, 0x9c};
    }
    return kInk;
}

QColor categoryColor(ForecastCategory category) {
    switch (category) {
    case ForecastCategory::Closed:
        return {0x1f, 0x4e, 0x79};
    case ForecastCategory::Commit:
        return {0x2f, 0x75, 0xb5};
    case ForecastCategory::BestCase:
        return {0x6f, 0xa8, 0xdc};
    case ForecastCategory::Pipeline:
        return {0xa9, 0xc8, 0xe8};
    case ForecastCategory::Omitted:
        return {0xc9, 0xd0, 0xd8};
    }
    return kInk;
}

struct Column {
    const char *title;
    double width;
    Qt::Alignment align;
};

// The widths add up to the 770 points between the margins.
const std::array<Column, 9> kColumns{{
    {QT_TRANSLATE_NOOP("PdfReport", "Deal"), 184, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("PdfReport", "Owner"), 82, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("PdfReport", "Stage"), 66, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("PdfReport", "Forecast"), 54, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("PdfReport", "Close date"), 56, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("PdfReport", "Amount"), 76, Qt::AlignRight},
    {QT_TRANSLATE_NOOP("PdfReport", "Health"), 64, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("PdfReport", "In / out"), 40, Qt::AlignHCenter},
    {QT_TRANSLATE_NOOP("PdfReport", "Main reason"), 148, Qt::AlignLeft},
}};

QString money(const QLocale &locale, const QString &currency, double amount) {
    const QString number = locale.toString(amount, 'f', 0);
    return currency.isEmpty() ? number : currency + QChar(0x00a0) + number;
}

QString readableInstant(Millis at) {
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

QString filterText(const SnapshotFilter &filter) {
    if (filter.isEmpty())
        return QCoreApplication::translate("PdfReport", "Every deal");
    QStringList parts;
    if (!filter.bands.isEmpty()) {
        QStringList bands;
        for (HealthBand band : filter.bands)
            bands.append(bandLabel(band));
        parts.append(
            QCoreApplication::translate("PdfReport", "Health: %1").arg(bands.join(QStringLiteral(", "))));
    }
    if (!filter.ownerEmail.isEmpty())
        parts.append(QCoreApplication::translate("PdfReport", "Owner: %1").arg(filter.ownerEmail));
    if (!filter.team.isEmpty())
        parts.append(QCoreApplication::translate("PdfReport", "Team: %1").arg(filter.team));
    return parts.join(QStringLiteral("; "));
}

QFont fontOf(double points, bool bold = false) {
    QFont font;
    font.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Sans Serif")});
    font.setPointSizeF(points);
    font.setBold(bold);
    // Without shaping there are no ligatures, so "fi" stays two letters a reader can search and copy
    // (and pdftotext extracts), not one glyph.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// One page's content: section headings and rows, by index.
struct PageItem {
    enum class Kind { Section, Row } kind;
    int index; // row index, or 0 open / 1 closed for a section
};

class ReportPainter {
public:
    ReportPainter(QPdfWriter &device, const ExportContext &context, const ExportSummary &summary,
                  const QList<PdfWriter::Row> &rows, const QHash<QString, PdfWriter::Engagement> &engagement,
                  int open, int closed)
        : m_device(device)
        , m_context(context)
        , m_summary(summary)
        , m_rows(rows)
        , m_engagement(engagement)
        , m_open(open)
        , m_closed(closed) {}

    bool paint() {
        if (!m_painter.begin(&m_device))
            return false;
        m_width = m_device.width();
        m_height = m_device.height();
        paginate();
        paintSummary();
        for (qsizetype page = 0; page < m_pages.size(); ++page) {
            m_device.newPage();
            paintTablePage(m_pages[page], int(page) + 2);
        }
        return m_painter.end();
    }

private:
    double contentWidth() const { return m_width - 2 * kMarginX; }
    int pageCount() const { return int(m_pages.size()) + 1; }

    double lineHeight() const { return QFontMetricsF(fontOf(kRowFont), &m_device).lineSpacing(); }

    double rowHeight(const PdfWriter::Row &row) const {
        const QFontMetricsF metrics(fontOf(kRowFont), &m_device);
        const double nameHeight = metrics
                                      .boundingRect(QRectF(0, 0, kColumns[0].width - 2 * kCellPadding, 1e6),
                                                    Qt::TextWordWrap, row.name)
                                      .height();
        const double reasonHeight =
            std::min(metrics
                         .boundingRect(QRectF(0, 0, kColumns[8].width - 2 * kCellPadding, 1e6),
                                       Qt::TextWordWrap, row.reason)
                         .height(),
                     kReasonLines * metrics.lineSpacing());
        return std::max({nameHeight, reasonHeight, metrics.lineSpacing()}) + 2 * kCellPadding;
    }

    double headerHeight() const { return lineHeight() + 2 * kCellPadding + 2; }
    double sectionHeight() const { return 26; }
    double tableTop() const { return kMarginTop + 22; }
    double tableBottom() const { return m_height - kMarginBottom; }

    void paginate() {
        m_heights.reserve(m_rows.size());
        QList<PageItem> page;
        double y = 0;
        const auto startPage = [&] {
            if (!page.isEmpty())
                m_pages.append(page);
            page.clear();
            y = tableTop() + headerHeight();
        };
        int section = -1;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const double height = rowHeight(m_rows[i]);
            m_heights.append(height);
            const int rowSection = m_rows[i].closed ? 1 : 0;
            if (rowSection != section) {
                // Closed deals start on a page of their own, grouped apart from the forecast.
                startPage();
                page.append({PageItem::Kind::Section, rowSection});
                y += sectionHeight();
                section = rowSection;
            }
            if (y + height > tableBottom())
                startPage();
            page.append({PageItem::Kind::Row, int(i)});
            y += height;
        }
        if (!page.isEmpty())
            m_pages.append(page);
    }

    void paintFooter(int pageNumber) {
        m_painter.setFont(fontOf(6.5));
        m_painter.setPen(kMuted);
        const double y = m_height - kMarginBottom + 14;
        const QRectF line(kMarginX, y, contentWidth(), 12);
        m_painter.setPen(QPen(kRule, 0.5));
        m_painter.drawLine(QPointF(kMarginX, y - 4), QPointF(m_width - kMarginX, y - 4));
        m_painter.setPen(kMuted);
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                           QCoreApplication::translate(
                               "PdfReport", "Dealpulse forecast snapshot · as of %1 · deal rows SHA-256 %2")
                               .arg(readableInstant(m_context.header.asOf), m_summary.dealRowsSha256));
        m_painter.drawText(
            line, Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("PdfReport", "Page %1 of %2").arg(pageNumber).arg(pageCount()));
    }

    void paintSummary() {
        const SnapshotHeader &header = m_context.header;
        const QLocale locale;
        double y = kMarginTop;
        // Title block.
        m_painter.setPen(kInk);
        m_painter.setFont(fontOf(20, true));
        const double titleHeight = QFontMetricsF(m_painter.font(), &m_device).height();
        m_painter.drawText(QRectF(kMarginX, y, contentWidth(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           QCoreApplication::translate("PdfReport", "Forecast snapshot"));
        m_painter.setFont(fontOf(9, true));
        m_painter.setPen(kAccent);
        m_painter.drawText(QRectF(kMarginX, y, contentWidth(), titleHeight),
                           Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Dealpulse"));
        y += titleHeight + 2;
        m_painter.setFont(fontOf(11));
        m_painter.setPen(kMuted);
        const QString label =
            header.label.isEmpty() ? QCoreApplication::translate("PdfReport", "Live pipeline") : header.label;
        m_painter.drawText(QRectF(kMarginX, y, contentWidth(), 16), Qt::AlignLeft | Qt::AlignVCenter, label);
        y += 22;
        m_painter.fillRect(QRectF(kMarginX, y, contentWidth(), 1.5), kAccent);
        y += 10;

        // Facts in two columns.
        QList<std::pair<QString, QString>> facts;
        facts.append({QCoreApplication::translate("PdfReport", "As of"), readableInstant(header.asOf)});
        facts.append({QCoreApplication::translate("PdfReport", "Taken"),
                      header.takenBy.isEmpty() ? readableInstant(header.takenAt)
                                               : QCoreApplication::translate("PdfReport", "%1 by %2")
                                                     .arg(readableInstant(header.takenAt), header.takenBy)});
        if (m_summary.rollups.period())
            facts.append({QCoreApplication::translate("PdfReport", "Forecast period"),
                          QCoreApplication::translate("PdfReport", "%1 to %2")
                              .arg(m_summary.rollups.period()->first.toString(Qt::ISODate),
                                   m_summary.rollups.period()->last.toString(Qt::ISODate))});
        QString filter = filterText(header.filter);
        if (!m_context.exportFilter.isEmpty())
            filter += QStringLiteral("; ") + filterText(m_context.exportFilter);
        facts.append({QCoreApplication::translate("PdfReport", "Filter"), filter});
        facts.append(
            {QCoreApplication::translate("PdfReport", "Deals"),
             QCoreApplication::translate("PdfReport", "%1 open, %2 closed").arg(m_open).arg(m_closed)});
        facts.append({QCoreApplication::translate("PdfReport", "Going dark after"),
                      QCoreApplication::translate("PdfReport", "%n day(s) without buyer reply", nullptr,
                                                  header.goingDarkDays)});
        if (header.id)
            facts.append({QCoreApplication::translate("PdfReport", "Snapshot"),
                          QStringLiteral("#%1").arg(*header.id)});
        const double factHeight = 13;
        const double columnWidth = contentWidth() / 2;
        for (qsizetype i = 0; i < facts.size(); ++i) {
            const double fx = kMarginX + columnWidth * double(i % 2);
            const double fy = y + factHeight * double(i / 2);
            m_painter.setFont(fontOf(8, true));
            m_painter.setPen(kMuted);
            m_painter.drawText(QRectF(fx, fy, 90, factHeight), Qt::AlignLeft | Qt::AlignVCenter,
                               facts[i].first);
            m_painter.setFont(fontOf(8));
            m_painter.setPen(kInk);
            m_painter.drawText(QRectF(fx + 90, fy, columnWidth - 96, factHeight),
                               Qt::AlignLeft | Qt::AlignVCenter, facts[i].second);
        }
        y += factHeight * double((facts.size() + 1) / 2) + 14;

        y = paintRollups(y, locale) + 18;

        // The two charts side by side, filling what is left above the checksum.
        const double checksumHeight = 30;
        const double chartHeight = std::max(120.0, m_height - kMarginBottom - checksumHeight - y);
        const double gap = 28;
        const double chartWidth = (contentWidth() - gap) / 2;
        paintEngagementChart(QRectF(kMarginX, y, chartWidth, chartHeight));
        paintCategoryChart(QRectF(kMarginX + chartWidth + gap, y, chartWidth, chartHeight), locale);
        y += chartHeight + 6;

        m_painter.setFont(fontOf(7, true));
        m_painter.setPen(kMuted);
        m_painter.drawText(
            QRectF(kMarginX, y, contentWidth(), 11), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("PdfReport", "Deal rows SHA-256: %1").arg(m_summary.dealRowsSha256));
        m_painter.setFont(fontOf(6.5));
        m_painter.drawText(QRectF(kMarginX, y + 10, contentWidth(), 11), Qt::AlignLeft | Qt::AlignVCenter,
                           QCoreApplication::translate(
                               "PdfReport",
                               "The same export as CSV, XLSX or JSON carries the same deals and the same "
                               "checksum, so a forwarded copy can be checked against the cache."));
        paintFooter(1);
    }

    double paintRollups(double y, const QLocale &locale) {
        m_painter.setFont(fontOf(10, true));
        m_painter.setPen(kInk);
        m_painter.drawText(
            QRectF(kMarginX, y, contentWidth(), 14), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("PdfReport", "Forecast roll-ups (deals closing in the period)"));
        y += 18;
        const QStringList headings{QCoreApplication::translate("PdfReport", "Currency"),
                                   QCoreApplication::translate("PdfReport", "Closed won"),
                                   categoryLabel(ForecastCategory::Commit),
                                   categoryLabel(ForecastCategory::BestCase),
                                   QCoreApplication::translate("PdfReport", "Pipeline (all open)")};
        const double first = 70;
        const double cell = (contentWidth() - first) / double(headings.size() - 1);
        const auto x = [&](int column) {
            return column == 0 ? kMarginX : kMarginX + first + cell * (column - 1);
        };
        const auto width = [&](int column) { return column == 0 ? first : cell; };
        m_painter.fillRect(QRectF(kMarginX, y, contentWidth(), 16), kHeaderFill);
        m_painter.setFont(fontOf(7.5, true));
        m_painter.setPen(kInk);
        for (int c = 0; c < headings.size(); ++c)
            m_painter.drawText(QRectF(x(c) + 4, y, width(c) - 8, 16),
                               (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, headings[c]);
        y += 16;
        const auto &byCurrency = m_summary.rollups.byCurrency();
        if (byCurrency.isEmpty()) {
            m_painter.setFont(fontOf(8));
            m_painter.setPen(kMuted);
            m_painter.drawText(QRectF(kMarginX + 4, y, contentWidth(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                               QCoreApplication::translate("PdfReport", "No deals match."));
            return y + 18;
        }
        const double rowHeight = 24;
        for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
            const ForecastRollup &rollup = it.value();
            const QList<RollupLine> lines{
                rollup.category(ForecastCategory::Closed), rollup.rollup(RollupKind::Commit),
                rollup.rollup(RollupKind::BestCase), rollup.rollup(RollupKind::Pipeline)};
            m_painter.setFont(fontOf(9, true));
            m_painter.setPen(kInk);
            m_painter.drawText(QRectF(x(0) + 4, y, width(0) - 8, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                               it.key().isEmpty() ? QCoreApplication::translate("PdfReport", "(none)")
                                                  : it.key());
            for (int c = 1; c < headings.size(); ++c) {
                const RollupLine &line = lines[c - 1];
                m_painter.setFont(fontOf(9, true));
                m_painter.setPen(kInk);
                m_painter.drawText(QRectF(x(c) + 4, y + 1, width(c) - 8, 13),
                                   Qt::AlignRight | Qt::AlignVCenter, money(locale, it.key(), line.amount));
                m_painter.setFont(fontOf(6.5));
                m_painter.setPen(kMuted);
                QString count = QCoreApplication::translate("PdfReport", "%Ln deal(s)", nullptr, line.deals);
                if (line.withoutAmount > 0)
                    count += QCoreApplication::translate("PdfReport", ", %1 without amount")
                                 .arg(line.withoutAmount);
                m_painter.drawText(QRectF(x(c) + 4, y + 13, width(c) - 8, 10),
                                   Qt::AlignRight | Qt::AlignVCenter, count);
            }
            y += rowHeight;
            m_painter.setPen(QPen(kRule, 0.5));
            m_painter.drawLine(QPointF(kMarginX, y), QPointF(m_width - kMarginX, y));
        }
        m_painter.setFont(fontOf(6.5));
        m_painter.setPen(kMuted);
        m_painter.drawText(
            QRectF(kMarginX, y + 2, contentWidth(), 11), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate(
                "PdfReport",
                "Cumulative, as forecasting tools add up: commit = closed won + commit; best case = "
                "commit + best case; pipeline = every open deal not omitted."));
        return y + 12;
    }

    void paintEngagementChart(const QRectF &area) {
        QList<pdf::PairedBar> bars;
        for (auto it = m_engagement.cbegin(); it != m_engagement.cend(); ++it)
            bars.append(
                {it.key().isEmpty() ? QCoreApplication::translate("PdfReport", "(no owner)") : it.key(),
                 double(it->inbound), double(it->outbound)});
        // The busiest reps first; a page holds about a dozen readable rows.
        std::sort(bars.begin(), bars.end(), [](const pdf::PairedBar &a, const pdf::PairedBar &b) {
            const double left = a.first + a.second;
            const double right = b.first + b.second;
            return left != right ? left > right : a.label < b.label;
        });
        QString title =
            QCoreApplication::translate("PdfReport", "Buyer engagement per rep, open deals, last 28 days");
        if (bars.size() > 12) {
            title = QCoreApplication::translate(
                "PdfReport", "Buyer engagement, 12 busiest of %n reps, open deals, last 28 days", nullptr,
                int(bars.size()));
            bars.resize(12);
        }
        pdf::drawPairedBars(m_painter, area, title, bars,
                            QCoreApplication::translate("PdfReport", "Inbound (buyer)"), kInbound,
                            QCoreApplication::translate("PdfReport", "Outbound (us)"), kOutbound);
    }

    void paintCategoryChart(const QRectF &area, const QLocale &locale) {
        // Amounts in different currencies are never added, so the chart shows the currency with most deals.
        QString currency;
        int most = -1;
        const auto &byCurrency = m_summary.rollups.byCurrency();
        for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
            int deals = 0;
            for (ForecastCategory category : kForecastCategories)
                deals += it->category(category).deals;
            if (deals > most) {
                most = deals;
                currency = it.key();
            }
        }
        QList<pdf::ValueBar> bars;
        const ForecastRollup rollup = byCurrency.value(currency);
        for (ForecastCategory category :
             {ForecastCategory::Closed, ForecastCategory::Commit, ForecastCategory::BestCase,
              ForecastCategory::Pipeline, ForecastCategory::Omitted}) {
            const RollupLine &line = rollup.category(category);
            const double amount = line.amount;
            const QString compact = amount >= 1e6   ? locale.toString(amount / 1e6, 'f', 1) + QLatin1Char('M')
                                    : amount >= 1e3 ? locale.toString(amount / 1e3, 'f', 0) + QLatin1Char('k')
                                                    : locale.toString(amount, 'f', 0);
            bars.append({category == ForecastCategory::Closed
                             ? QCoreApplication::translate("PdfReport", "Closed won")
                             : categoryLabel(category),
                         amount, compact, categoryColor(category)});
        }
        const QString title =
            byCurrency.size() > 1
                ? QCoreApplication::translate("PdfReport",
                                              "Amount per forecast category, %1 (of %n currencies)", nullptr,
                                              int(byCurrency.size()))
                      .arg(currency)
                : QCoreApplication::translate("PdfReport", "Amount per forecast category, %1").arg(currency);
        pdf::drawValueBars(m_painter, area, title, bars);
    }

    void paintTablePage(const QList<PageItem> &items, int pageNumber) {
        // Running head.
        m_painter.setFont(fontOf(7.5, true));
        m_painter.setPen(kAccent);
        const QString label = m_context.header.label.isEmpty()
                                  ? QCoreApplication::translate("PdfReport", "Live pipeline")
                                  : m_context.header.label;
        m_painter.drawText(QRectF(kMarginX, kMarginTop, contentWidth(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                           QCoreApplication::translate("PdfReport", "Forecast snapshot · %1").arg(label));
        m_painter.setFont(fontOf(7.5));
        m_painter.setPen(kMuted);
        m_painter.drawText(
            QRectF(kMarginX, kMarginTop, contentWidth(), 14), Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("PdfReport", "As of %1").arg(readableInstant(m_context.header.asOf)));

        double y = tableTop();
        bool headerDrawn = false;
        int zebra = 0;
        for (const PageItem &item : items) {
            if (item.kind == PageItem::Kind::Section) {
                m_painter.setFont(fontOf(10, true));
                m_painter.setPen(kInk);
                m_painter.drawText(
                    QRectF(kMarginX, y, contentWidth(), sectionHeight() - 6),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    item.index == 0
                        ? QCoreApplication::translate("PdfReport", "Open deals (%1)").arg(m_open)
                        : QCoreApplication::translate("PdfReport", "Closed deals (%1)").arg(m_closed));
                y += sectionHeight();
                continue;
            }
            if (!headerDrawn) {
                y = paintTableHeader(y);
                headerDrawn = true;
            }
            const PdfWriter::Row &row = m_rows[item.index];
            const double height = m_heights[item.index];
            if (zebra++ % 2 == 1)
                m_painter.fillRect(QRectF(kMarginX, y, contentWidth(), height), kZebra);
            paintRow(row, y, height);
            y += height;
        }
        m_painter.setPen(QPen(kRule, 0.5));
        m_painter.drawLine(QPointF(kMarginX, y), QPointF(m_width - kMarginX, y));
        paintFooter(pageNumber);
    }

    double paintTableHeader(double y) {
        const double height = headerHeight();
        m_painter.fillRect(QRectF(kMarginX, y, contentWidth(), height), kHeaderFill);
        m_painter.setFont(fontOf(kRowFont, true));
        m_painter.setPen(kInk);
        double x = kMarginX;
        for (const Column &column : kColumns) {
            m_painter.drawText(QRectF(x + kCellPadding, y, column.width - 2 * kCellPadding, height),
                               column.align | Qt::AlignVCenter, columnTitle(column.title));
            x += column.width;
        }
        return y + height;
    }

    void paintRow(const PdfWriter::Row &row, double y, double height) {
        m_painter.setFont(fontOf(kRowFont));
        const QFontMetricsF metrics(m_painter.font(), &m_device);
        const std::array<const QString *, 9> cells{&row.name,     &row.owner,     &row.stage,
                                                   &row.category, &row.closeDate, &row.amount,
                                                   &row.health,   &row.activity,  &row.reason};
        double x = kMarginX;
        for (std::size_t c = 0; c < kColumns.size(); ++c) {
            const Column &column = kColumns[c];
            const QRectF cell(x + kCellPadding, y + kCellPadding, column.width - 2 * kCellPadding,
                              height - 2 * kCellPadding);
            m_painter.setPen(c == 8 ? kMuted : kInk);
            if (c == 6) {
                // A dot in the band's colour, as in the app.
                const double dot = 5;
                m_painter.setBrush(bandColor(row.band));
                m_painter.setPen(Qt::NoPen);
                m_painter.drawEllipse(
                    QRectF(cell.left(), cell.top() + (metrics.height() - dot) / 2, dot, dot));
                m_painter.setBrush(Qt::NoBrush);
                m_painter.setPen(kInk);
                m_painter.drawText(cell.adjusted(dot + 3, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, *cells[c]);
            } else if (c == 0 || c == 8) {
                m_painter.save();
                m_painter.setClipRect(cell.adjusted(0, 0, 0, 0.5));
                m_painter.drawText(cell, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, *cells[c]);
                m_painter.restore();
            } else {
                m_painter.drawText(cell, column.align | Qt::AlignTop,
                                   metrics.elidedText(*cells[c], Qt::ElideRight, cell.width()));
            }
            x += column.width;
        }
    }

    QPdfWriter &m_device;
    QPainter m_painter;
    const ExportContext &m_context;
    const ExportSummary &m_summary;
    const QList<PdfWriter::Row> &m_rows;
    const QHash<QString, PdfWriter::Engagement> &m_engagement;
    int m_open;
    int m_closed;
    double m_width = 0;
    double m_height = 0;
    QList<double> m_heights;
    QList<QList<PageItem>> m_pages;
};

} // namespace

PdfWriter::PdfWriter() = default;
PdfWriter::~PdfWriter() = default;

bool PdfWriter::open(const QString &path, const ExportContext &context, QString *error) {
    m_file = std::make_unique<AtomicFile>(path);
    if (!m_file->open()) {
        *error = m_file->error();
        m_file.reset();
        return false;
    }
    m_context = context;
    return true;
}

void PdfWriter::write(const SnapshotDeal &deal) {
    const QLocale locale;
    Row row;
    // A table cell is one paragraph; line breaks inside a CRM name would only break the row.
    row.name = QString(deal.name)
                   .replace(QLatin1Char('\r'), QLatin1Char(' '))
                   .replace(QLatin1Char('\n'), QLatin1Char(' '));
    row.owner = deal.ownerName;
    row.stage = deal.stage;
    row.category = deal.isClosed ? (deal.isWon ? QCoreApplication::translate("PdfReport", "Won")
                                               : QCoreApplication::translate("PdfReport", "Lost"))
                                 : categoryLabel(deal.forecastCategory);
    row.closeDate = deal.closeDate.isValid() ? deal.closeDate.toString(Qt::ISODate) : QString();
    row.amount = deal.amount ? money(locale, deal.currency, *deal.amount) : QStringLiteral("–");
    row.health = deal.isClosed ? bandLabel(HealthBand::Closed)
                               : QStringLiteral("%1 %2").arg(bandLabel(deal.band)).arg(deal.score);
    row.activity = QStringLiteral("%1 / %2").arg(deal.inbound28d).arg(deal.outbound28d);
    row.reason = deal.reasons.value(0);
    row.band = deal.isClosed ? HealthBand::Closed : deal.band;
    row.closed = deal.isClosed;
    m_rows.append(std::move(row));
    if (deal.isClosed) {
        ++m_closed;
    } else {
        ++m_open;
        Engagement &engagement = m_engagementByOwner[deal.ownerName];
        engagement.inbound += deal.inbound28d;
        engagement.outbound += deal.outbound28d;
    }
}

bool PdfWriter::finish(const ExportSummary &summary, QString *error) {
    bool painted = false;
    {
        QPdfWriter device(m_file->device());
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(QPageLayout::Landscape);
        device.setPageMargins(QMarginsF(0, 0, 0, 0));
        device.setResolution(72);
        device.setTitle(m_context.header.label.isEmpty()
                            ? QCoreApplication::translate("PdfReport", "Forecast snapshot")
                            : QCoreApplication::translate("PdfReport", "Forecast snapshot: %1")
                                  .arg(m_context.header.label));
        device.setCreator(QStringLiteral("Dealpulse"));
        ReportPainter painter(device, m_context, summary, m_rows, m_engagementByOwner, m_open, m_closed);
        painted = painter.paint();
    }
    m_rows.clear();
    if (!painted) {
        *error = QCoreApplication::translate("PdfReport", "Cannot draw the PDF report");
        m_file.reset(); // QSaveFile discards what it wrote
        return false;
    }
    const bool committed = m_file->commit();
    if (!committed)
        *error = m_file->error();
    m_file.reset();
    return committed;
}

} // namespace dp
