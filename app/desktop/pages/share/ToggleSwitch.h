// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>

namespace Cloudy::Desktop {

// A large on/off switch: a checkable button painted as a sliding knob with its label beside it. Space
// toggles it like any check box, the label's mnemonic (&Share) focuses and toggles it, and screen readers
// see a check box with its state.
class ToggleSwitch final : public QAbstractButton
{
    Q_OBJECT

public:
    explicit ToggleSwitch(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    QSize trackSize() const;
};

} // namespace Cloudy::Desktop
