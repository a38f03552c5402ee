// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sha256.h"

#include "platform/Libcrypto.h"

namespace Cloudy::Services {

struct Sha256::Context
{
    struct Deleter
    {
        void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
    };
    std::unique_ptr<EVP_MD_CTX, Deleter> evp {EVP_MD_CTX_new()};
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    EVP_DigestInit_ex(m_context->evp.get(), EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_context->evp.get(), data.data(), size_t(data.size()));
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context->evp.get(), digest, &size);
    reset();
    return QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex();
}

} // namespace Cloudy::Services
