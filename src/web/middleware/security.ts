import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers; the CSP allows only the hub's own styles and images, and no script or inline code.
 * HSTS (a year, subdomains included) only when PUBLIC_URL is https: over plain http browsers ignore it,
 * and a development server on localhost must not pin every localhost port to https.
 */
export function securityHeaders(publicUrl: string | undefined) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      fontSrc: ["'none'"],
      scriptSrc: ["'none'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    crossOriginEmbedderPolicy: false,
    // Legacy headers that modern browsers ignore: left out to keep every response small.
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    originAgentCluster: false,
    crossOriginResourcePolicy: 'same-origin',
    strictTransportSecurity: publicUrl?.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : false,
  });
}
