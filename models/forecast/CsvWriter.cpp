#include "forecast/CsvWriter.h"

#include "domain/TimeFormat.h"
#include "forecast/DealColumns.h"

#include <QDate>
#include <QJsonDocument>
#include <QLocale>

namespace dp {
namespace {

bool needsQuotes(const QString &text) {
    for (const QChar c : text)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return true;
    return false;
}

bool looksLikeFormula(const QString &text) {
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r') ||
           first == QLatin1Char('\'');
}

QString cellText(const QVariant &value, DealColumn::Type type) {
    if (!value.isValid())
        return {};
    switch (type) {
    case DealColumn::Type::Number:
    case DealColumn::Type::Money:
        return csvNumber(value.toDouble());
    case DealColumn::Type::Integer:
        return QString::number(value.toLongLong());
    case DealColumn::Type::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case DealColumn::Type::Date:
        return value.toDate().toString(Qt::ISODate);
    case DealColumn::Type::Instant:
        return isoUtc(value.toLongLong());
    case DealColumn::Type::Text:
        break;
    }
    return value.toString();
}

QString compactJson(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QByteArray csvField(const QString &text, bool guardFormula) {
    const QString guarded = guardFormula && looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    if (!needsQuotes(guarded))
        return guarded.toUtf8();
    QString quoted = guarded;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvRecord(const QStringList &fields) {
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields[i]);
    }
    return line + "\r\n";
}

QString csvNumber(double value) {
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

bool CsvWriter::open(const QString &path, const ExportContext &context, QString *error) {
    m_file = std::make_unique<AtomicFile>(path);
    if (!m_file->open()) {
        *error = m_file->error();
        return false;
    }
    m_header = context.header;
    m_exportFilter = context.exportFilter;
    QStringList header;
    for (const DealColumn &column : kDealColumns)
        header.append(QString::fromLatin1(column.key));
    m_file->write("\xEF\xBB\xBF" + csvRecord(header));
    return true;
}

void CsvWriter::write(const SnapshotDeal &deal) {
    QByteArray line;
    for (std::size_t i = 0; i < kDealColumns.size(); ++i) {
        if (i > 0)
            line += ',';
        const DealColumn::Type type = kDealColumns[i].type;
        line += csvField(cellText(dealColumnValue(deal, i), type), type == DealColumn::Type::Text);
    }
    m_file->write(line + "\r\n");
}

bool CsvWriter::finish(const ExportSummary &summary, QString *error) {
    // The provenance follows the table after an empty line, so row 1 stays the header a spreadsheet filters
    // on and a reader stops at the first empty line.
    QByteArray tail = "\r\n";
    const auto meta = [&](const char *key, const QString &value) {
        tail += csvRecord({QStringLiteral("#") + QLatin1String(key), value});
    };
    meta("format", QStringLiteral("dealpulse-snapshot-csv"));
    meta("version", QString::number(1));
    if (m_header.id)
        meta("snapshot_id", QString::number(*m_header.id));
    meta("label", m_header.label);
    meta("taken_by", m_header.takenBy);
    meta("taken_at", isoUtc(m_header.takenAt));
    meta("as_of", isoUtc(m_header.asOf));
    meta("going_dark_days", QString::number(m_header.goingDarkDays));
    meta("filter", compactJson(m_header.filter.toJson()));
    if (!m_exportFilter.isEmpty())
        meta("export_filter", compactJson(m_exportFilter.toJson()));
    meta("deal_count", QString::number(summary.deals));
    meta("deal_rows_sha256", summary.dealRowsSha256);
    m_file->write(tail);
    if (!m_file->commit()) {
        *error = m_file->error();
        return false;
    }
    return true;
}

} // namespace dp
