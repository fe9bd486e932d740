// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/XlsxWriter.h"

#include "domain/TimeFormat.h"
#include "forecast/DealColumns.h"
#include "forecast/SnapshotDiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTimeZone>
#include <cstdio>
#include <xlsxwriter.h>

namespace dp {
namespace {

// Excel refuses longer cell text.
constexpr qsizetype kMaxCellText = 32767;

// lupdate files this free tr() under "dp::XlsxWriter", so that is the context to look up.
QString tr(const char *text) {
    return QCoreApplication::translate("dp::XlsxWriter", text);
}

QByteArray cellUtf8(const QString &text) {
    return text.left(kMaxCellText).toUtf8();
}

lxw_datetime dateCell(const QDate &date) {
    return {date.year(), date.month(), date.day(), 0, 0, 0.0};
}

lxw_datetime instantCell(Millis at) {
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    const QDate date = utc.date();
    const QTime time = utc.time();
    return {date.year(), date.month(),  date.day(),
            time.hour(), time.minute(), time.second() + time.msec() / 1000.0};
}

// Only letters of an ISO currency code go into the number format, so no CRM text can break it.
QByteArray currencyFormat(const QString &currency) {
    QByteArray code;
    for (const QChar c : currency)
        if (c.isLetter() && c.unicode() < 128)
            code += char(c.toUpper().unicode());
    return code.isEmpty() ? QByteArray("#,##0.00") : "#,##0.00 \"" + code + '"';
}

} // namespace

XlsxWriter::XlsxWriter() = default;

XlsxWriter::~XlsxWriter() {
    discard();
}

bool XlsxWriter::open(const QString &path, const ExportContext &context, QString *error) {
    m_path = path;
    m_context = context;
    // A unique name beside the target, so the final rename stays on one file system.
    QTemporaryFile part(QFileInfo(path).absoluteFilePath() + QStringLiteral(".XXXXXX.part"));
    if (!part.open()) {
        *error = tr("Cannot write %1: %2").arg(path, part.errorString());
        return false;
    }
    part.setAutoRemove(false);
    m_partPath = part.fileName();
    part.close();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    m_book = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
    if (!m_book) {
        *error = tr("Cannot write %1").arg(path);
        discard();
        return false;
    }
    m_summary = workbook_add_worksheet(m_book, cellUtf8(tr("Summary")).constData());
    m_deals = workbook_add_worksheet(m_book, cellUtf8(tr("Deals")).constData());
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_instant = workbook_add_format(m_book);
    format_set_num_format(m_instant, "yyyy-mm-dd hh:mm");
    m_wrap = workbook_add_format(m_book);
    format_set_text_wrap(m_wrap);
    m_decimal = workbook_add_format(m_book);
    format_set_num_format(m_decimal, "0.00");

    for (std::size_t i = 0; i < kDealColumns.size(); ++i) {
        const lxw_col_t col = lxw_col_t(i);
        check(worksheet_set_column(m_deals, col, col, kDealColumns[i].width, nullptr));
        check(worksheet_write_string(m_deals, 0, col, cellUtf8(dealColumnLabel(kDealColumns[i])).constData(),
                                     m_bold));
    }
    worksheet_freeze_panes(m_deals, 1, 0);
    m_row = 1;
    return true;
}

lxw_format *XlsxWriter::moneyFormat(const QString &currency) {
    const auto it = m_money.constFind(currency);
    if (it != m_money.constEnd())
        return *it;
    lxw_format *format = workbook_add_format(m_book);
    format_set_num_format(format, currencyFormat(currency).constData());
    m_money.insert(currency, format);
    return format;
}

void XlsxWriter::write(const SnapshotDeal &deal) {
    const lxw_row_t row = lxw_row_t(m_row++);
    for (std::size_t i = 0; i < kDealColumns.size(); ++i) {
        const QVariant value = dealColumnValue(deal, i);
        if (!value.isValid())
            continue; // an empty cell, never a zero
        const lxw_col_t col = lxw_col_t(i);
        switch (kDealColumns[i].type) {
        case DealColumn::Type::Text: {
            const QString text = value.toString();
            if (!text.isEmpty())
                check(worksheet_write_string(m_deals, row, col, cellUtf8(text).constData(),
                                             text.contains(QLatin1Char('\n')) ? m_wrap : nullptr));
            break;
        }
        case DealColumn::Type::Money:
            check(worksheet_write_number(m_deals, row, col, value.toDouble(), moneyFormat(deal.currency)));
            break;
        case DealColumn::Type::Number:
            check(worksheet_write_number(m_deals, row, col, value.toDouble(), m_decimal));
            break;
        case DealColumn::Type::Integer:
            check(worksheet_write_number(m_deals, row, col, double(value.toLongLong()), nullptr));
            break;
        case DealColumn::Type::Boolean:
            check(worksheet_write_boolean(m_deals, row, col, value.toBool() ? 1 : 0, nullptr));
            break;
        case DealColumn::Type::Date: {
            lxw_datetime cell = dateCell(value.toDate());
            check(worksheet_write_datetime(m_deals, row, col, &cell, m_date));
            break;
        }
        case DealColumn::Type::Instant: {
            lxw_datetime cell = instantCell(value.toLongLong());
            check(worksheet_write_datetime(m_deals, row, col, &cell, m_instant));
            break;
        }
        }
    }
}

bool XlsxWriter::finish(const ExportSummary &summary, QString *error) {
    check(worksheet_autofilter(m_deals, 0, 0, lxw_row_t(std::max(m_row - 1, 0)),
                               lxw_col_t(kDealColumns.size() - 1)));
    writeSummary(summary);
    writeChanges();
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    if (m_error != 0 || closed != LXW_NO_ERROR) {
        const lxw_error cause = m_error != 0 ? lxw_error(m_error) : closed;
        *error = tr("Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(cause)));
        discard();
        return false;
    }
    // The part is the owner's alone (QTemporaryFile makes it 0600), as every new export is; a file replaced
    // keeps the permissions its owner gave it, as AtomicFile does.
    if (QFileInfo::exists(m_path))
        QFile::setPermissions(m_partPath, QFileInfo(m_path).permissions());
    // rename() replaces the target in one step, so a reader sees the old file or the new one, never half.
    if (std::rename(QFile::encodeName(m_partPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        *error = tr("Cannot write %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        discard();
        return false;
    }
    m_partPath.clear();
    return true;
}

void XlsxWriter::writeSummary(const ExportSummary &summary) {
    lxw_worksheet *sheet = m_summary;
    check(worksheet_set_column(sheet, 0, 0, 34, nullptr));
    check(worksheet_set_column(sheet, 1, 4, 18, nullptr));
    int row = 0;
    const auto text = [&](int col, const QString &value, lxw_format *format = nullptr) {
        if (!value.isEmpty())
            check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), cellUtf8(value).constData(),
                                         format));
    };
    const auto fact = [&](const QString &label, const QString &value) {
        text(0, label, m_bold);
        text(1, value);
        ++row;
    };
    const SnapshotHeader &header = m_context.header;
    text(0, tr("Forecast snapshot"), m_bold);
    row += 2;
    if (header.id)
        fact(tr("Snapshot"), QString::number(*header.id));
    fact(tr("Label"), header.label);
    fact(tr("Taken by"), header.takenBy);
    fact(tr("Taken at (UTC)"), isoUtc(header.takenAt));
    fact(tr("As of (UTC)"), isoUtc(header.asOf));
    fact(tr("Going dark after (days)"), QString::number(header.goingDarkDays));
    fact(tr("Filter"),
         QString::fromUtf8(QJsonDocument(header.filter.toJson()).toJson(QJsonDocument::Compact)));
    if (!m_context.exportFilter.isEmpty())
        fact(
            tr("Export filter"),
            QString::fromUtf8(QJsonDocument(m_context.exportFilter.toJson()).toJson(QJsonDocument::Compact)));
    fact(tr("Deals"), QString::number(summary.deals));
    fact(tr("Deal rows SHA-256"), summary.dealRowsSha256);
    if (summary.rollups.period())
        fact(tr("Period"), tr("%1 to %2")
                               .arg(summary.rollups.period()->first.toString(Qt::ISODate),
                                    summary.rollups.period()->last.toString(Qt::ISODate)));
    ++row;

    text(0, tr("Roll-up"), m_bold);
    text(1, tr("Currency"), m_bold);
    text(2, tr("Amount"), m_bold);
    text(3, tr("Deals"), m_bold);
    text(4, tr("Deals without amount"), m_bold);
    ++row;
    const auto line = [&](const QString &label, const QString &currency, const RollupLine &value) {
        text(0, label);
        text(1, currency);
        check(worksheet_write_number(sheet, lxw_row_t(row), 2, value.amount, moneyFormat(currency)));
        check(worksheet_write_number(sheet, lxw_row_t(row), 3, value.deals, nullptr));
        check(worksheet_write_number(sheet, lxw_row_t(row), 4, value.withoutAmount, nullptr));
        ++row;
    };
    const auto &byCurrency = summary.rollups.byCurrency();
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        for (RollupKind kind : kRollupKinds)
            line(rollupLabel(kind), it.key(), it->rollup(kind));
    ++row;
    text(0, tr("Forecast category"), m_bold);
    ++row;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        for (ForecastCategory category : kForecastCategories)
            line(categoryLabel(category), it.key(), it->category(category));
}

void XlsxWriter::writeChanges() {
    if (!m_changes)
        return;
    lxw_worksheet *sheet = workbook_add_worksheet(m_book, cellUtf8(tr("Changes")).constData());
    const QStringList headers{tr("Change"),        tr("Source"),      tr("CRM id"), tr("Deal"),
                              tr("Owner email"),   tr("Before"),      tr("After"),  tr("Currency"),
                              tr("Amount before"), tr("Amount after")};
    const int widths[] = {24, 10, 12, 40, 26, 14, 14, 9, 16, 16};
    for (int col = 0; col < int(headers.size()); ++col) {
        check(worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), widths[col], nullptr));
        check(worksheet_write_string(sheet, 0, lxw_col_t(col), cellUtf8(headers[col]).constData(), m_bold));
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 1;
    for (const DealChange &change : m_changes->changes) {
        const QStringList cells{changeLabel(change.kind), change.source, change.remoteId, change.name,
                                change.ownerEmail,        change.before, change.after,    change.currency};
        for (int col = 0; col < int(cells.size()); ++col)
            if (!cells[col].isEmpty())
                check(worksheet_write_string(sheet, row, lxw_col_t(col), cellUtf8(cells[col]).constData(),
                                             nullptr));
        if (change.amountBefore)
            check(worksheet_write_number(sheet, row, 8, *change.amountBefore, moneyFormat(change.currency)));
        if (change.amountAfter)
            check(worksheet_write_number(sheet, row, 9, *change.amountAfter, moneyFormat(change.currency)));
        ++row;
    }
    check(worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 0, lxw_col_t(headers.size() - 1)));
}

void XlsxWriter::check(int result) {
    if (result != LXW_NO_ERROR && m_error == 0)
        m_error = result;
}

void XlsxWriter::discard() {
    if (m_book) {
        workbook_close(m_book);
        m_book = nullptr;
    }
    if (!m_partPath.isEmpty()) {
        QFile::remove(m_partPath);
        m_partPath.clear();
    }
}

} // namespace dp
