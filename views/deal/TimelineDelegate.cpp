// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineDelegate.h"

#include "ActivityChartView.h"
#include "domain/Records.h"
#include "items/TimelineModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace dp {
namespace {

constexpr int kPadding = 10;
constexpr int kStripe = 4;
constexpr int kLines = 4;

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// A rounded chip with text; returns its width.
int drawChip(QPainter *painter, const QPoint &topLeft, int height, const QString &text, const QColor &fill,
             const QColor &textColor, const QFont &font) {
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 12;
    const QRect rect(topLeft, QSize(width, height));
    QPainterPath path;
    path.addRoundedRect(rect, height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setFont(font);
    painter->setPen(textColor);
    painter->drawText(rect, Qt::AlignCenter, text);
    return width;
}

// A chip drawn as an outline: an intent, told apart from the filled score chip beside it.
int drawOutlinedChip(QPainter *painter, const QPoint &topLeft, int height, const QString &text,
                     const QColor &colour, const QFont &font) {
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 12;
    const QRectF rect(QRectF(topLeft, QSizeF(width, height)).adjusted(0.5, 0.5, -0.5, -0.5));
    painter->setPen(QPen(colour, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, text);
    return width;
}

// The terms learned from ratings, set apart from the lexicons' words by more than colour: in italics after
// the words "learned from ratings:", each with a dotted underline in the colour of its learned direction
// (the tooltip says the direction in words). Cut with an ellipsis where the card ends; returns the width.
int drawLearnedTerms(QPainter *painter, const QRect &rect, const QStringList &terms,
                     const QVariantList &weights, const QFont &font, const QColor &textColor,
                     const QPalette &palette) {
    QFont italic = font;
    italic.setItalic(true);
    const QFontMetrics metrics(italic);
    painter->setFont(italic);
    int x = rect.left();
    const auto fits = [&](const QString &piece) {
        return x + metrics.horizontalAdvance(piece) <= rect.right();
    };
    const auto draw = [&](const QString &piece) {
        painter->drawText(QRect(x, rect.top(), metrics.horizontalAdvance(piece), rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, piece);
        x += metrics.horizontalAdvance(piece);
    };
    const QString label = TimelineModel::learnedLabel();
    painter->setPen(palette.color(QPalette::PlaceholderText));
    if (!fits(label))
        return 0;
    draw(label + QLatin1Char(' '));
    const QString ellipsis(QChar(0x2026));
    for (qsizetype k = 0; k < terms.size(); ++k) {
        const QString piece = terms[k] + (k + 1 < terms.size() ? QStringLiteral(",") : QString());
        if (!fits(piece + ellipsis)) {
            painter->setPen(textColor);
            draw(ellipsis);
            break;
        }
        painter->setPen(textColor);
        const int start = x;
        draw(terms[k]);
        const int baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) / 2 + 2;
        painter->setPen(
            QPen(TimelineDelegate::sentimentColor(weights.value(k).toDouble() >= 0 ? 1.0 : -1.0, palette),
                 1.5, Qt::DotLine));
        painter->drawLine(start, baseline, x, baseline);
        if (k + 1 < terms.size()) {
            painter->setPen(palette.color(QPalette::PlaceholderText));
            draw(QStringLiteral(", "));
        }
    }
    return x - rect.left();
}

} // namespace

QColor TimelineDelegate::sentimentColor(double compound, const QPalette &palette) {
    const bool dark = isDark(palette);
    if (compound >= 0.05)
        return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1e, 0x7e, 0x4f);
    if (compound <= -0.05)
        return dark ? QColor(0xff, 0x6b, 0x78) : QColor(0xb4, 0x23, 0x2f);
    return palette.color(QPalette::PlaceholderText);
}

QColor TimelineDelegate::directionColor(int direction, const QPalette &palette) {
    switch (Direction(direction)) {
    case Direction::Inbound:
        return ActivityChartView::inboundColor(palette);
    case Direction::Outbound:
        return ActivityChartView::outboundColor(palette);
    case Direction::Internal:
        break;
    }
    return palette.color(QPalette::Mid);
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    const QFontMetrics metrics(option.font);
    return QSize(400, kLines * (metrics.height() + 4) + 2 * kPadding + 2);
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect card = option.rect.adjusted(6, 3, -6, -3);

    // The card, with a stripe in the colour of its direction (the chart's colours).
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    QPainterPath outline;
    outline.addRoundedRect(card, 6, 6);
    painter->fillPath(outline, selected ? mix(base, highlight, 0.16) : base);
    painter->setPen(QPen(selected ? highlight : mix(base, pal.color(QPalette::Text), 0.16), 1));
    painter->drawPath(outline);
    const QColor stripe = directionColor(index.data(TimelineModel::DirectionRole).toInt(), pal);
    QPainterPath stripePath;
    stripePath.addRoundedRect(QRectF(card.left(), card.top(), kStripe * 2, card.height()), 3, 3);
    painter->save();
    painter->setClipRect(QRect(card.left(), card.top(), kStripe, card.height()));
    painter->fillPath(stripePath, stripe);
    painter->restore();

    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height() + 4;
    QRect line(card.left() + kStripe + kPadding, card.top() + kPadding, card.width() - kStripe - 2 * kPadding,
               metrics.height());
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    // Line 1: kind and direction, the subject, the local time on the right.
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    small.setBold(true);
    const QString kind = index.data(TimelineModel::KindTextRole).toString().toUpper() +
                         QStringLiteral(" · ") + index.data(TimelineModel::DirectionTextRole).toString();
    int x = line.left();
    x += drawChip(painter, QPoint(x, line.top()), line.height(), kind, mix(base, stripe, 0.22), text, small) +
         8;
    const QString time = index.data(TimelineModel::TimeTextRole).toString();
    painter->setFont(option.font);
    painter->setPen(muted);
    const int timeWidth = metrics.horizontalAdvance(time);
    painter->drawText(QRect(line.right() - timeWidth, line.top(), timeWidth, line.height()), Qt::AlignRight,
                      time);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect subjectRect(x, line.top(), line.right() - timeWidth - 12 - x, line.height());
    painter->drawText(subjectRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(TimelineModel::SubjectRole).toString(),
                                                    Qt::ElideRight, subjectRect.width()));

    // Line 2: who, and how it went.
    line.translate(0, lineHeight);
    painter->setFont(option.font);
    painter->setPen(muted);
    QString who = index.data(TimelineModel::ParticipantsRole).toString();
    const QString status = index.data(TimelineModel::StatusTextRole).toString();
    if (!status.isEmpty())
        who = who.isEmpty() ? status : who + QStringLiteral("  ·  ") + status;
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(who, Qt::ElideRight, line.width()));

    // Line 3: the content on one line.
    line.translate(0, lineHeight);
    painter->setPen(text);
    painter->drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(TimelineModel::PreviewRole).toString(), Qt::ElideRight, line.width()));

    // Line 4: sentiment and its words; the user's rating on the right.
    line.translate(0, lineHeight);
    x = line.left();
    QFont chipFont = option.font;
    chipFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const int rating = index.data(TimelineModel::RatingRole).toInt();
    int ratingWidth = 0;
    if (rating != 0) {
        const QString rated = rating > 0 ? tr("You rated it positive") : tr("You rated it negative");
        const QColor colour = sentimentColor(rating > 0 ? 1.0 : -1.0, pal);
        ratingWidth = QFontMetrics(chipFont).horizontalAdvance(rated) + 12;
        drawChip(painter, QPoint(line.right() - ratingWidth, line.top()), line.height(), rated,
                 mix(base, colour, 0.18), colour, chipFont);
    }
    const QVariant sentiment = index.data(TimelineModel::SentimentRole);
    if (sentiment.isValid()) {
        const double compound = sentiment.toDouble();
        const QColor colour = sentimentColor(compound, pal);
        x += drawChip(painter, QPoint(x, line.top()), line.height(),
                      index.data(TimelineModel::SentimentTextRole).toString(), mix(base, colour, 0.18),
                      colour, chipFont) +
             8;
        // The sales intents by name, in the colour of the sign they are, before the words that drove them.
        const QStringList intents = index.data(TimelineModel::IntentsRole).toStringList();
        const QVariantList positive = index.data(TimelineModel::IntentPositiveRole).toList();
        const QFontMetrics chipMetrics(chipFont);
        for (qsizetype k = 0; k < intents.size(); ++k) {
            if (x + chipMetrics.horizontalAdvance(intents[k]) + 12 > line.right() - ratingWidth - 12)
                break;
            const QColor intentColour = sentimentColor(positive.value(k).toBool() ? 1.0 : -1.0, pal);
            x += drawOutlinedChip(painter, QPoint(x, line.top()), line.height(), intents[k], intentColour,
                                  chipFont) +
                 8;
        }
        const QStringList words = index.data(TimelineModel::DrivingWordsRole).toStringList();
        const QStringList learned = index.data(TimelineModel::LearnedTermsRole).toStringList();
        const int right = line.right() - ratingWidth - 12;
        // The learned terms keep at least half of what is left when the lexicons' words are long.
        QFont italic = option.font;
        italic.setItalic(true);
        const int learnedWidth =
            learned.isEmpty()
                ? 0
                : QFontMetrics(italic).horizontalAdvance(TimelineModel::learnedText(learned)) + 16;
        if (!words.isEmpty()) {
            painter->setFont(option.font);
            painter->setPen(muted);
            const QString quoted = QLocale().quoteString(words.join(QLatin1String(", ")));
            const int wordsRoom =
                learned.isEmpty() ? right - x : std::max((right - x) / 2, right - x - learnedWidth);
            const QString shown = metrics.elidedText(quoted, Qt::ElideRight, std::max(0, wordsRoom));
            painter->drawText(QRect(x, line.top(), std::max(0, wordsRoom), line.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, shown);
            if (!shown.isEmpty())
                x += metrics.horizontalAdvance(shown) + 16;
        }
        if (!learned.isEmpty())
            drawLearnedTerms(painter, QRect(x, line.top(), right - x, line.height()), learned,
                             index.data(TimelineModel::LearnedWeightsRole).toList(), option.font, text, pal);
    }
    painter->restore();
}

} // namespace dp
