// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartSlot.h"

#include "WrappedLabel.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

ChartSlot::ChartSlot(Builder build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QWidget *ChartSlot::chart()
{
    if (!m_chart) {
        m_chart = m_build(this);
        layout()->addWidget(m_chart);
        Q_EMIT built();
    }
    return m_chart;
}

QWidget *ChartSlot::unavailable(const QString &reason, QWidget *parent)
{
    auto *label = new WrappedLabel(reason, parent);
    label->setObjectName(QStringLiteral("chartUnavailable"));
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ChartSlot::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_chart || m_scheduled)
        return;
    // After this paint has reached the screen: the window's first paint never waits for the chart.
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] { chart(); });
}

} // namespace Cloudy::Desktop
