/** Links and images in authored Markdown keep only web, mail and same-site addresses (no `javascript:`, `data:`…). */
export const SAFE_URL = /^(https?:|mailto:|\/(?!\/)|#|\.{0,2}\/|[\w.-]+(?:[/?#]|$))/i;
