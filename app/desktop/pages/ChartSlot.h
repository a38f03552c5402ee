// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartsLoader.h"

#include <QWidget>

#include <functional>

namespace Cloudy::Desktop {

// Where a chart goes on a page. A Qt Charts view costs more to build and paint than all the rest of a page
// (about 15 ms of a window's start, measured in tests/bench desktop-startup), so the slot builds its chart
// only after its own first paint: a window opened on that page is painted at once, and the chart follows in
// the next turn of the event loop. A page that is never shown never builds its chart. chart() builds it at
// once when it is needed sooner; built() says when it exists, for the page to fill it.
class ChartSlot final : public QWidget
{
    Q_OBJECT

public:
    using Builder = std::function<QWidget *(QWidget *parent)>;
    explicit ChartSlot(Builder build, QWidget *parent = nullptr);

    QWidget *chart();
    bool isBuilt() const { return m_chart != nullptr; }
    // What a builder returns when it cannot make its chart: the reason, in words, where the chart would be.
    static QWidget *unavailable(const QString &reason, QWidget *parent);

    // A builder of the charts module's chart `make` (&ChartsApi::donationChart...), named objectName, its
    // view kept in *view; the module's error in its place when the module cannot be loaded.
    template<typename View>
    static Builder fromModule(View *(*const ChartsApi::*make)(QWidget *), View **view,
                              const QString &objectName)
    {
        return [make, view, objectName](QWidget *parent) -> QWidget * {
            const auto charts = chartsModule();
            if (!charts)
                return unavailable(charts.error().message, parent);
            *view = (charts.value()->*make)(parent);
            (*view)->widget()->setObjectName(objectName);
            return (*view)->widget();
        };
    }

Q_SIGNALS:
    void built();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Builder m_build;
    QWidget *m_chart = nullptr;
    bool m_scheduled = false;
};

} // namespace Cloudy::Desktop
