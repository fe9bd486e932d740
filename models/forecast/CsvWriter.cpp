// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/CsvWriter.h"

#include "domain/TimeFormat.h"
#include "forecast/DealColumns.h"
#include "forecast/JsonWriter.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

constexpr auto kSidecarFormat = "dealpulse-snapshot-csv";

bool isOurSidecar(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    return object.value(QStringLiteral("format")).toString() == QLatin1String(kSidecarFormat);
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

QString CsvWriter::sidecarPath(const QString &csvPath) {
    return csvPath + QStringLiteral(".json");
}

bool CsvWriter::open(const QString &path, const ExportContext &context, QString *error) {
    m_file = std::make_unique<AtomicFile>(path);
    if (!m_file->open()) {
        *error = m_file->error();
        return false;
    }
    m_path = path;
    m_context = context;
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
    // The sidecar is written in full before the table is put in place, so a folder that takes one file but
    // not the other leaves neither.
    std::unique_ptr<AtomicFile> sidecar;
    if (m_writeSidecar) {
        sidecar = std::make_unique<AtomicFile>(sidecarPath(m_path));
        if (!sidecar->open()) {
            *error = sidecar->error();
            return false;
        }
        sidecar->write(sidecarJson(summary));
    }
    if (!m_file->commit()) {
        *error = m_file->error();
        return false;
    }
    if (sidecar && !sidecar->commit()) {
        *error = sidecar->error();
        QFile::remove(m_path);
        return false;
    }
    if (!sidecar && QFileInfo::exists(sidecarPath(m_path)) && isOurSidecar(sidecarPath(m_path)))
        QFile::remove(sidecarPath(m_path));
    return true;
}

QByteArray CsvWriter::sidecarJson(const ExportSummary &summary) const {
    QJsonObject sidecar = exportHeaderJson(m_context, QLatin1String(kSidecarFormat));
    const QJsonObject tail = exportSummaryJson(summary);
    for (auto it = tail.begin(); it != tail.end(); ++it)
        sidecar.insert(it.key(), it.value());
    // Named without its folder, so the pair can be moved together.
    sidecar.insert(QStringLiteral("csv"), QFileInfo(m_path).fileName());
    return QJsonDocument(sidecar).toJson(QJsonDocument::Indented);
}

} // namespace dp
