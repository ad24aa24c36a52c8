"""Pagination as the API Design Rules suggest: page number, page size, links."""

from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "pageSize"
    max_page_size = 500
