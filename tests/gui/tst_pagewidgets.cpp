// SPDX-License-Identifier: GPL-3.0-or-later
// The small widgets every page is built from: WrappedLabel answers the height for a width as QLabel does and
// forgets its answers when what they depend on changes; Section keeps what it holds below its title and is
// never narrower than its title; svgIcon draws our SVGs at any size asked for, once per size, shared.
#include "Icons.h"
#include "pages/Section.h"
#include "pages/WrappedLabel.h"

#include <QApplication>
#include <QPainter>
#include <QTest>
#include <QVBoxLayout>

using namespace Cloudy::Desktop;

namespace {

// The heights a plain word-wrapped QLabel with the same text and font needs.
int plainHeight(const QString &text, const QFont &font, int width, Qt::TextFormat format = Qt::AutoText)
{
    QLabel plain(text);
    plain.setWordWrap(true);
    plain.setFont(font);
    plain.setTextFormat(format);
    return plain.heightForWidth(width);
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return count;
}

} // namespace

class TestPageWidgets final : public QObject
{
    Q_OBJECT

private slots:
    void wrappedLabelAnswersAsQLabel()
    {
        const QString text =
            QStringLiteral("Donate CPU, memory and disk to your microcloud, within limits you "
                           "choose: the words wrap at the width the layout gives.");
        WrappedLabel label(text);
        QVERIFY(label.wordWrap());
        QVERIFY(label.hasHeightForWidth());
        for (const int width : {80, 200, 600, 200, 80, 1200, 80})
            QCOMPARE(label.heightForWidth(width), plainHeight(text, label.font(), width));
        QVERIFY(label.heightForWidth(80) > label.heightForWidth(600));
    }

    void wrappedLabelForgetsWhenItsBasisChanges()
    {
        WrappedLabel label(QStringLiteral("short"));
        const int oneLine = label.heightForWidth(120);
        // A longer text at the same width: asked again, not the remembered answer.
        const QString longer = QStringLiteral("a much longer text that cannot fit on one line of 120 pixels");
        label.setText(longer);
        QCOMPARE(label.heightForWidth(120), plainHeight(longer, label.font(), 120));
        QVERIFY(label.heightForWidth(120) > oneLine);
        // A bigger font (a change event).
        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        label.setFont(big);
        QCOMPARE(label.heightForWidth(120), plainHeight(longer, big, 120));
        // A margin.
        label.setMargin(20);
        QLabel plain(longer);
        plain.setWordWrap(true);
        plain.setFont(big);
        plain.setMargin(20);
        QCOMPARE(label.heightForWidth(120), plain.heightForWidth(120));
        // Rich text read as plain text.
        label.setMargin(0);
        label.setText(QStringLiteral("<b>bold</b> and a long tail of words to wrap"));
        const int rich = label.heightForWidth(90);
        label.setTextFormat(Qt::PlainText);
        QCOMPARE(label.heightForWidth(90), plainHeight(label.text(), big, 90, Qt::PlainText));
        QCOMPARE(rich, plainHeight(label.text(), big, 90));
    }

    void sectionKeepsItsContentsBelowItsTitle()
    {
        Section section(QStringLiteral("What you share"));
        QCOMPARE(section.title(), QStringLiteral("What you share"));
        QCOMPARE(section.accessibleName(), QStringLiteral("What you share"));
        auto *layout = new QVBoxLayout(&section);
        auto *inside = new QLabel(QStringLiteral("x"), &section);
        layout->addWidget(inside);
        section.resize(300, 200);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        QFont bold = section.font();
        bold.setBold(true);
        QVERIFY(inside->geometry().top() > QFontMetrics(bold).height());
        QVERIFY(section.rect().contains(inside->geometry()));

        // Never narrower than its title, even with nothing wide inside.
        section.setTitle(QStringLiteral("A title much wider than the one small label it holds"));
        QVERIFY(section.minimumSizeHint().width() >= QFontMetrics(bold).horizontalAdvance(section.title()));
        QCOMPARE(section.accessibleName(), section.title());

        // Drawn: the title's pixels are in the window text colour.
        const QImage drawn = section.grab().toImage();
        const QColor text = section.palette().color(QPalette::WindowText);
        bool found = false;
        for (int x = 0; x < drawn.width() && !found; ++x)
            found = drawn.pixelColor(x, QFontMetrics(bold).height() / 2) == text;
        QVERIFY(found);
    }

    void svgIconDrawsAtEverySize()
    {
        const QIcon icon = svgIcon(QStringLiteral(":/icons/share.svg"));
        QVERIFY(!icon.isNull());
        for (const int size : {16, 24, 48, 128}) {
            const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // Something is drawn, and not a filled square: the SVG's shape.
            const int opaque = opaquePixels(image);
            QVERIFY2(opaque > size, qPrintable(QString::number(opaque)));
            QVERIFY(opaque < size * size);
        }
        // One icon per file, shared by every caller.
        QCOMPARE(svgIcon(QStringLiteral(":/icons/share.svg")).cacheKey(), icon.cacheKey());
        QVERIFY(svgIcon(QStringLiteral(":/icons/rewards.svg")).cacheKey() != icon.cacheKey());
        // drawSvg draws the same picture into any painter.
        QImage direct(48, 48, QImage::Format_ARGB32_Premultiplied);
        direct.fill(Qt::transparent);
        {
            QPainter painter(&direct);
            drawSvg(painter, QRectF(0, 0, 48, 48), QStringLiteral(":/icons/share.svg"));
        }
        QCOMPARE(opaquePixels(direct), opaquePixels(icon.pixmap(QSize(48, 48), 1.0).toImage()));
    }
};

QTEST_MAIN(TestPageWidgets)
#include "tst_pagewidgets.moc"
